import CapplanReports
import Dispatch
import Foundation

/// On SIGINT or SIGTERM: remove the temporary folders of reports being written, then exit with
/// 128 + the signal's number. Handled on a dispatch queue rather than in a signal handler, so the
/// clean-up may use the file system.
public enum SignalCleanup {
    /// Installs the handlers; keep the result alive for the life of the process.
    public static func install() -> [DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler(handler: handler(number))
            source.resume()
            return source
        }
    }

    private static func handler(_ number: Int32) -> @Sendable () -> Void {
        {
            AtomicOutput.removeTemporaryFolders()
            exit(128 + number)
        }
    }
}
