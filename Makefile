# The two commands of the README: `make reports` and `make test`.
.PHONY: reports test deps build framework

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

# Regenerates the built-in framework from Data/ddat (the DDaT download, the levels file, the seed roles).
framework: build
	bash scripts/import-framework.sh .build/debug/capplan
