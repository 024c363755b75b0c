import CapplanCLI
import Foundation

// SIGINT and SIGTERM remove half-written reports, then exit as the signal would.
let signalHandling = SignalCleanup.install()
exit(Capplan.run(Array(CommandLine.arguments.dropFirst())))
