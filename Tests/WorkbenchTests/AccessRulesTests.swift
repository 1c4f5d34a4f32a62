// The security rules of `isg serve` without a server: the access token, the CSRF token, the
// headers every answer carries, and the confinement of paths named in requests.

import Foundation
import Testing
import TestSupport
@testable import Workbench

@Suite struct AccessRulesTests {
    let secrets = AccessSecrets(token: "t0k3n-abc", csrf: "csrf-xyz", cookieName: "isg_atelier_1")

    @Test func aRequestWithoutTheTokenIsRefused() {
        #expect(AccessRules.decide(queryToken: nil, cookieHeader: nil, secrets: secrets) == .refused)
        #expect(AccessRules.decide(queryToken: "wrong", cookieHeader: "isg_atelier_1=wrong", secrets: secrets) == .refused)
        // A prefix of the token is not the token.
        #expect(AccessRules.decide(queryToken: "t0k3n", cookieHeader: nil, secrets: secrets) == .refused)
        #expect(AccessRules.decide(queryToken: "", cookieHeader: "isg_atelier_1=", secrets: secrets) == .refused)
        // The right value under another cookie's name does not open the door.
        #expect(AccessRules.decide(queryToken: nil, cookieHeader: "other=t0k3n-abc", secrets: secrets) == .refused)
    }

    @Test func theTokenInTheAddressSetsTheCookieAndTheCookieIsEnough() {
        #expect(AccessRules.decide(queryToken: "t0k3n-abc", cookieHeader: nil, secrets: secrets) == .allowedSetCookie)
        #expect(AccessRules.decide(queryToken: nil, cookieHeader: "a=1; isg_atelier_1=t0k3n-abc; b=2", secrets: secrets) == .allowed)
        let cookie = AccessRules.setCookie(secrets)
        #expect(cookie.hasPrefix("isg_atelier_1=t0k3n-abc;"))
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
    }

    @Test func aFormWithoutTheRightCSRFTokenIsRefused() {
        #expect(AccessRules.formAccepted(["csrf": "csrf-xyz", "a": "1"], secrets: secrets))
        #expect(!AccessRules.formAccepted(["a": "1"], secrets: secrets))
        #expect(!AccessRules.formAccepted(["csrf": "csrf-xy"], secrets: secrets))
        // The access token is not the CSRF token.
        #expect(!AccessRules.formAccepted(["csrf": "t0k3n-abc"], secrets: secrets))
    }

    @Test func onlyTheLoopbackNamesAreServed() {
        #expect(AccessRules.hostAllowed("127.0.0.1:8765") && AccessRules.hostAllowed("localhost:41521"))
        #expect(AccessRules.hostAllowed("127.0.0.1"))
        #expect(!AccessRules.hostAllowed("evil.example:8765"))
        #expect(!AccessRules.hostAllowed("127.0.0.1.evil.example"))
        #expect(!AccessRules.hostAllowed(nil))
    }

    @Test func secretsAreFreshAndLongEnough() {
        let a = AccessSecrets(), b = AccessSecrets()
        #expect(a.token.count == 48 && a.csrf.count == 48)
        #expect(a.token != b.token && a.token != a.csrf && a.cookieName != b.cookieName)
        #expect(a.token.allSatisfy { $0.isHexDigit })
    }

    @Test func formsAreDecoded() {
        let fields = AccessRules.formFields("csrf=a%2Bb&value=Voir+le+mail&empty=&value=second")
        #expect(fields["csrf"] == "a+b")
        #expect(fields["value"] == "Voir le mail")
        #expect(fields["empty"] == "")
    }

    @Test func everyAnswerForbidsScriptsFramesAndCaching() {
        let headers = Dictionary(uniqueKeysWithValues: AccessRules.securityHeaders)
        let policy = headers["Content-Security-Policy"] ?? ""
        #expect(policy.contains("default-src 'none'"))
        #expect(!policy.contains("script-src") && !policy.contains("unsafe-inline"))
        #expect(policy.contains("frame-ancestors 'none'") && policy.contains("form-action 'self'"))
        #expect(headers["Cache-Control"] == "no-store")
    }

    @Test func theIdentityToggleSendsBackToTheFindingsOnly() {
        #expect(FindingFilter.safeBack("/constats?site=COLMAR&kind=impossible_date") == "/constats?site=COLMAR&kind=impossible_date")
        for hostile in ["//evil.example/", "/\\evil.example", "https://evil.example", "/constats?x=//evil", "/personnes", nil] {
            #expect(FindingFilter.safeBack(hostile) == "/constats", "\(hostile ?? "nil")")
        }
    }

    @Test func aSecondImportIsRefusedWhileOneRuns() {
        let state = WorkbenchState()
        #expect(state.beginImport())
        #expect(!state.beginImport())
        state.endImport()
        #expect(state.beginImport())
    }

    @Test func theTokenLeavesTheAddressAfterTheFirstVisit() {
        #expect(Answers.withoutToken("/constats", query: "token=abc&site=COLMAR") == "/constats?site=COLMAR")
        #expect(Answers.withoutToken("/", query: "token=abc") == "/")
    }
}

@Suite struct PathConfinementTests {
    @Test func pathsNeverLeaveTheFolder() throws {
        let scratch = try ScratchFolder("confine")
        defer { scratch.remove() }
        let root = scratch.file("out/current")
        try FileManager.default.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
        try "ok".write(toFile: root + "/saisines.csv", atomically: true, encoding: .utf8)
        try "secret".write(toFile: scratch.file("out/person-id.key"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root + "/key-link", withDestinationPath: scratch.file("out/person-id.key"))

        #expect(PathConfinement.file("saisines.csv", within: root) != nil)
        for hostile in ["../person-id.key", "/etc/passwd", "sub/../../person-id.key", "key-link", "sub", ".", "",
                        "saisines.csv\0", "./saisines.csv", "missing.csv"] {
            #expect(PathConfinement.file(hostile, within: root) == nil, "\(hostile) must be refused")
        }
    }
}
