import CapplanCLI
import Foundation

exit(Capplan.run(Array(CommandLine.arguments.dropFirst())))
