// What `isg serve` was given: the three folders it may touch, and the port.

import Foundation

public struct WorkbenchConfig: Sendable {
    /// The output folder of `isg import`: the store, `current/`, and the workbench's journal.
    public var outputFolder: String
    /// The mappings folder: the site mappings and `personnes.csv`, the only files the workbench edits.
    public var mappingsFolder: String
    /// The folder the "import again" button imports.
    public var inputFolder: String
    /// 0: the system picks a free port (the tests use it).
    public var port: Int

    public init(outputFolder: String, mappingsFolder: String, inputFolder: String, port: Int) {
        self.outputFolder = outputFolder
        self.mappingsFolder = mappingsFolder
        self.inputFolder = inputFolder
        self.port = port
    }

    /// The person at the keyboard, as the operating system knows them: who the journal names.
    public static var osUser: String {
        let name = ProcessInfo.processInfo.userName
        return name.isEmpty ? "uid \(getuid())" : name
    }
}
