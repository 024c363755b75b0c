# The two commands of the README: `make reports` and `make test`.
.PHONY: reports test deps build

deps:
	@bash scripts/install-deps.sh

build: deps
	swift build

# Installs what is missing, builds, and writes the example reports into Reports/.
reports: build
	bash scripts/example-reports.sh .build/debug/capplan Reports

# Installs what is missing and runs the whole test suite.
test: deps
	swift test
