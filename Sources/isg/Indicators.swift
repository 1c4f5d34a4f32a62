import ArgumentParser

struct Indicators: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "indicators", abstract: "(being built)")

    func run() throws {
        throw ValidationError("isg indicators is not built yet")
    }
}
