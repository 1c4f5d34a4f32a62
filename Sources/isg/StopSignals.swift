// Ctrl-C or a kill asked for (SIGTERM, SIGHUP) during an import: the temporary files and the
// staging folder are removed before the process exits; the store's transaction never commits.

import Dispatch
import Pipeline
import Texts

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct StopSignals {
    private let sources: [DispatchSourceSignal]

    static func install() -> StopSignals {
        let queue = DispatchQueue(label: "isg.stop-signals")
        let sources = [SIGINT, SIGTERM, SIGHUP].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                ImportJob.removeTemporaryFiles()
                StandardOutput.writeError(Texts.current("cli.error", ["message": Texts.current("cli.stopped", ["signal": String(number)])]) + "\n")
                _exit(128 + number)
            }
            source.resume()
            return source
        }
        return StopSignals(sources: sources)
    }

    func cancel() {
        for source in sources { source.cancel() }
        for number in [SIGINT, SIGTERM, SIGHUP] { signal(number, SIG_DFL) }
    }
}
