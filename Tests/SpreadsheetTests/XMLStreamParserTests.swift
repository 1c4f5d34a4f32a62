// The hardened XML layer: events as bytes, chunked feeding, and refusal of DTDs, entities and depth.

import TestSupport
import Testing
import Texts
@testable import Spreadsheet

@Suite(.texts(.en)) struct XMLStreamParserTests {


    private func parse(_ xml: String, chunk: Int = 7, limits: ReadLimits = .default) throws -> RecordingHandler {
        let handler = RecordingHandler()
        let parser = XMLStreamParser(handler: handler, limits: limits, file: "t.xlsx", part: "x.xml")
        let bytes = Array(xml.utf8)
        var i = 0
        while i < bytes.count {
            let end = min(bytes.count, i + chunk)
            try bytes[i..<end].withUnsafeBytes { try parser.feed($0) }
            i = end
        }
        try parser.finish()
        return handler
    }

    @Test func deliversElementsAttributesAndDecodedText() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <w:root xmlns:w="urn:w" xmlns:r="urn:r" a="1 &amp; 2"><w:c r:id="rId7">caf\u{E9} &lt;&#233;&gt;<![CDATA[<raw>]]></w:c></w:root>
        """
        let handler = try parse(xml)
        #expect(handler.events == ["<w:root a=1 & 2>", "<w:c r:id=rId7>", "</c>", "</root>"])
        #expect(handler.text == "café <é><raw>")
    }

    @Test func attributeLookupByLocalNameAndPrefix() throws {
        final class Probe: XMLEventHandler {
            var found: [String] = []
            func startElement(_ name: XMLName, prefix: XMLName?, namespaceURI: XMLName?, attributes: XMLAttributes) throws {
                guard name.equals("sheet") else { return }
                #expect(!name.equals("shee"))
                #expect(!name.equals("sheets"))
                found.append(attributes.string("name") ?? "-")
                found.append(attributes.value("id", prefix: "r").map { String(decoding: $0, as: UTF8.self) } ?? "-")
                found.append(attributes.string("missing") ?? "-")
            }
        }
        let probe = Probe()
        let parser = XMLStreamParser(handler: probe, file: "t", part: "p")
        try parser.parse(Array(#"<s xmlns:r="urn:r"><sheet name="Feuil 1" r:id="rId1"/></s>"#.utf8))
        #expect(probe.found == ["Feuil 1", "rId1", "-"])
    }

    @Test func handlerErrorsComeOutUnchanged() throws {
        struct Stop: Error {}
        final class Thrower: XMLEventHandler {
            func startElement(_ name: XMLName, prefix: XMLName?, namespaceURI: XMLName?, attributes: XMLAttributes) throws {
                if name.equals("b") { throw Stop() }
            }
        }
        let parser = XMLStreamParser(handler: Thrower(), file: "t", part: "p")
        #expect(throws: Stop.self) { try parser.parse(Array("<a><b/><b/></a>".utf8)) }
    }

    @Test func doctypeIsHostile() {
        expectRefusal(.hostileXML) { _ = try parse(#"<!DOCTYPE a SYSTEM "http://example.invalid/a.dtd"><a/>"#) }
        expectRefusal(.hostileXML) { _ = try parse(#"<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>"#) }
    }

    @Test func undeclaredEntityIsMalformed() {
        expectRefusal(.corruptXML) { _ = try parse("<a>&e;</a>") }
    }

    @Test func malformedXMLNamesPartAndLine() {
        do {
            _ = try parse("<a>\n<b></a>")
            Issue.record("expected an error")
        } catch let error as SpreadsheetError {
            #expect(error.code == .corruptXML)
            #expect(error.message.contains("x.xml"))
            #expect(error.message.contains("line 2"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func depthIsLimited() {
        var limits = ReadLimits.default
        limits.maxXMLDepth = 10
        expectRefusal(.limitExceeded) { _ = try parse(String(repeating: "<a>", count: 11) + String(repeating: "</a>", count: 11), limits: limits) }
        #expect(throws: Never.self) { _ = try parse(String(repeating: "<a>", count: 10) + String(repeating: "</a>", count: 10), limits: limits) }
    }

    @Test func emptyPartIsCorrupt() {
        expectRefusal(.corruptXML) { _ = try parse("") }
    }

    @Test func hostileWorkbookPartsAreRefusedFromTheArchive() throws {
        for (name, code) in [("xxe.xlsx", SpreadsheetError.Code.hostileXML), ("billion_laughs.xlsx", .hostileXML),
                             ("deep_nesting.xlsx", .limitExceeded), ("malformed_xml.xlsx", .corruptXML)] {
            let archive = try ZipArchive(path: Fixtures.hostile(name))
            expectRefusal(code, within: 1) {
                try archive.parseXML(entryNamed: "xl/worksheets/sheet1.xml", handler: RecordingHandler())
            }
        }
    }

    @Test func zipBombInsideXMLStopsOnTheZipLimit() throws {
        let archive = try ZipArchive(path: Fixtures.hostile("zip_bomb.xlsx"))
        expectRefusal(.limitExceeded, within: 1) {
            try archive.parseXML(entryNamed: "xl/worksheets/sheet1.xml", handler: RecordingHandler())
        }
    }
}
