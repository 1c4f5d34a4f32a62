// `isg serve`: the local web workbench (Workbench target) over the store, the mappings and the
// import. The command only reads its options, prints the address and waits for Ctrl-C.

import ArgumentParser
import Texts
import Workbench

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Starts the workbench: a local web page to import, review findings, fix mappings and decide persons.",
        discussion: """
        Serves on 127.0.0.1 only and prints the address to open, which holds a secret access key: \
        every request must carry it. Stop with Ctrl-C.
        """)

    @Option(help: "The output folder of isg import: the store, current/ and the workbench journal.")
    var out: String = "isg-out"

    @Option(help: "The folder of mapping files and personnes.csv.")
    var mappings: String = "Mappings"

    @Option(help: "The folder the \"import again\" button imports.")
    var inputs: String = "Samples"

    @Option(help: "The port on 127.0.0.1 (0: any free port).")
    var port: Int = 8765

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port takes a number from 0 to 65535.") }
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
