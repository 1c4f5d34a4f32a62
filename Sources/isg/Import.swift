import ArgumentParser

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "(being built)")

    func run() throws {
        throw ValidationError("isg import is not built yet")
    }
}
