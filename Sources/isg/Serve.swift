// `isg serve`: the local web workbench (Workbench target) over the store, the mappings and the
// import. The command only reads its options, prints the address and waits for Ctrl-C.

import ArgumentParser
import Texts
import Workbench

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: Texts.current("workbench.help.abstract"),
        discussion: Texts.current("workbench.help.discussion"))

    @Option(help: ArgumentHelp(Texts.current("workbench.help.out")))
    var out: String = "isg-out"

    @Option(help: ArgumentHelp(Texts.current("workbench.help.mappings")))
    var mappings: String = "Mappings"

    @Option(help: ArgumentHelp(Texts.current("workbench.help.inputs")))
    var inputs: String = "Samples"

    @Option(help: ArgumentHelp(Texts.current("workbench.help.port")))
    var port: Int = 8765

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError(Texts.current("workbench.help.port_range")) }
    }

    func run() async throws {
        let config = WorkbenchConfig(outputFolder: out, mappingsFolder: mappings, inputFolder: inputs, port: port)
        do {
            let server = try WorkbenchServer(config: config)
            try await server.run { address in
                // Standard output, flushed: a script (the e2e test) reads the address from it.
                var output = StandardOutput()
                output.write(Texts.current("workbench.serve.open") + "\n\n    " + address + "\n\n"
                             + Texts.current("workbench.serve.stop") + "\n")
                output.flush()
            }
            var output = StandardOutput()
            output.write(Texts.current("workbench.serve.stopped") + "\n")
            output.flush()
        } catch {
            printError(Texts.current("workbench.serve.failed", ["reason": "\(error)"]))
            throw ExitCode(2)
        }
    }
}
