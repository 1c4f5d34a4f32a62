// The workbench's security rules as plain functions, so unit tests prove them without a server:
// the access token, the CSRF token of every form, and the parsing of what a request carries.

import Foundation

/// The secrets of one run of `isg serve`: drawn at start, never written to disk.
public struct AccessSecrets: Sendable {
    /// Carried by every request: `?token=` on the first one (the address printed), then a cookie.
    public let token: String
    /// Carried by every form, checked on every POST: a page from another site cannot know it.
    public let csrf: String
    /// The cookie's name carries a random part: two workbenches on one machine (on two ports share
    /// one cookie jar) then do not overwrite each other's cookie.
    public let cookieName: String

    public init(token: String = AccessSecrets.randomHex(bytes: 24), csrf: String = AccessSecrets.randomHex(bytes: 24),
                cookieName: String = "isg_atelier_" + AccessSecrets.randomHex(bytes: 4)) {
        self.token = token
        self.csrf = csrf
        self.cookieName = cookieName
    }

    /// `SystemRandomNumberGenerator` reads the kernel's generator (getrandom): fit for secrets.
    public static func randomHex(bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in
            let byte = UInt8.random(in: .min ... .max, using: &generator)
            return String(byte, radix: 16).leftPadded(to: 2)
        }.joined()
    }
}

/// What a request may do, decided from what it carries.
public enum AccessDecision: Equatable, Sendable {
    /// Token in the cookie: serve.
    case allowed
    /// Token in the address only (the printed link): set the cookie and redirect to the same page
    /// without the token, so it leaves the address bar and the history.
    case allowedSetCookie
    case refused
}

public enum AccessRules {
    /// Compares every byte whatever the first difference: the time taken tells nothing of the secret.
    public static func sameSecret(_ given: String?, _ expected: String) -> Bool {
        guard let given else { return false }
        let a = Array(given.utf8), b = Array(expected.utf8)
        guard a.count == b.count, !b.isEmpty else { return false }
        var difference: UInt8 = 0
        for index in 0..<a.count { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    public static func decide(queryToken: String?, cookieHeader: String?, secrets: AccessSecrets) -> AccessDecision {
        if sameSecret(cookie(secrets.cookieName, in: cookieHeader), secrets.token) { return .allowed }
        if sameSecret(queryToken, secrets.token) { return .allowedSetCookie }
        return .refused
    }

    /// The `Host:` a browser sends to this server: 127.0.0.1 or localhost, any port. Another name
    /// means a page of another site reached us by DNS rebinding: refused before the token is even
    /// looked at (the token would refuse it too; this is the second lock).
    public static func hostAllowed(_ host: String?) -> Bool {
        guard let host else { return false }
        let name = host.lastIndex(of: ":").map { String(host[..<$0]) } ?? host
        return name == "127.0.0.1" || name.lowercased() == "localhost"
    }

    /// A form is accepted only with the run's CSRF token in its `csrf` field.
    public static func formAccepted(_ form: [String: String], secrets: AccessSecrets) -> Bool {
        sameSecret(form["csrf"], secrets.csrf)
    }

    /// The value of cookie `name` in a `Cookie:` header (`a=1; b=2`).
    public static func cookie(_ name: String, in header: String?) -> String? {
        guard let header else { return nil }
        for part in header.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces) == name {
                return pair[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// The `Set-Cookie` value: HttpOnly (no script reads it), SameSite=Strict (no other site's page
    /// sends it), no Max-Age (gone with the browser session).
    public static func setCookie(_ secrets: AccessSecrets) -> String {
        "\(secrets.cookieName)=\(secrets.token); Path=/; HttpOnly; SameSite=Strict"
    }

    /// An `application/x-www-form-urlencoded` body (or query) as fields; a repeated field keeps its first value.
    public static func formFields(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            let key = decode(parts[0])
            if fields[key] == nil { fields[key] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        return fields
    }

    /// Headers sent with every answer, pages and refusals alike. The policy allows nothing but this
    /// server's own style sheet and forms: no script, no frame, no other origin.
    public static let securityHeaders: [(String, String)] = [
        ("Content-Security-Policy",
         "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
        ("Cache-Control", "no-store"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("X-Frame-Options", "DENY"),
    ]
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
