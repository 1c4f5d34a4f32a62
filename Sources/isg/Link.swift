import ArgumentParser

struct Link: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "link", abstract: "(being built)")

    func run() throws {
        throw ValidationError("isg link is not built yet")
    }
}
