// Locating committed fixtures and asserting error codes, shared by the Spreadsheet tests.

import TestSupport
import Testing
@testable import Spreadsheet

enum Fixtures {
    /// `Tests/Fixtures/<folder>/<name>`.
    static func path(_ folder: String, _ name: String) -> String { Repo.fixture(folder, name) }

    static func hostile(_ name: String) -> String { path("hostile", name) }
}

/// Runs `body`, expects a `SpreadsheetError` with `code`, and that it came within `seconds`.
func expectRefusal(_ code: SpreadsheetError.Code, within seconds: Double = 2,
                   sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
    let clock = ContinuousClock()
    let start = clock.now
    do {
        try body()
        Issue.record("expected \(code), got no error", sourceLocation: sourceLocation)
    } catch let error as SpreadsheetError {
        #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
        #expect(!error.message.isEmpty, sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected SpreadsheetError \(code), got \(error)", sourceLocation: sourceLocation)
    }
    let elapsed = clock.now - start
    #expect(elapsed < .milliseconds(Int(seconds * 1000)), "took \(elapsed)", sourceLocation: sourceLocation)
}

/// Collects XML events as strings, for checking the parser.
final class RecordingHandler: XMLEventHandler {
    var events: [String] = []
    var text = ""

    func startElement(_ name: XMLName, prefix: XMLName?, namespaceURI: XMLName?, attributes: XMLAttributes) throws {
        var event = "<" + (prefix.map { $0.string + ":" } ?? "") + name.string
        for attribute in attributes {
            event += " " + (attribute.prefix.map { $0.string + ":" } ?? "") + attribute.localName.string + "=" + attribute.stringValue
        }
        events.append(event + ">")
    }

    func endElement(_ name: XMLName, prefix: XMLName?, namespaceURI: XMLName?) throws {
        events.append("</" + name.string + ">")
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        text += String(decoding: bytes, as: UTF8.self)
    }
}
