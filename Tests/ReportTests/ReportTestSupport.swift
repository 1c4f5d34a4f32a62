// Helpers shared by the report tests: fixture paths, temporary folders, and python checks.

import Foundation
import Testing

enum ReportTestSupport {
    /// The repository root, found from this file's place (Tests/ReportTests/...).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var schema: URL { root.appendingPathComponent("schemas/quality-report.schema.json") }
    static var fixtures: URL { root.appendingPathComponent("Tests/Fixtures/Report") }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("isg-report-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `python3 -c script args...`; returns the exit status and what it printed.
    static func python(_ script: String, _ args: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + args
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let validateSchema = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    doc = json.load(open(sys.argv[2], encoding="utf-8"))
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(doc), key=lambda e: list(e.path))
    for e in errors[:10]:
        print(list(e.path), e.message)
    sys.exit(1 if errors else 0)
    """

    /// Parses the file as XML (so as XHTML): fails on any unclosed or badly nested element,
    /// unescaped `&` or `<`, or undefined entity.
    static let parseXML = """
    import sys, xml.dom.minidom
    doc = xml.dom.minidom.parse(sys.argv[1])
    print(doc.documentElement.tagName, len(doc.getElementsByTagName("details")), len(doc.getElementsByTagName("svg")))
    """
}
