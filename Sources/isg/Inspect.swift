import ArgumentParser

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "inspect", abstract: "(being built)")

    func run() throws {
        throw ValidationError("isg inspect is not built yet")
    }
}
