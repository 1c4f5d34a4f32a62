// Every request passes here first: the token (or its cookie), then the security headers on every
// answer, refusals included. A refused request learns nothing: a plain 403 page.

import HTTPTypes
import Hummingbird
import Model
import Texts

struct AccessGuard<Context: RequestContext>: RouterMiddleware {
    let secrets: AccessSecrets

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let decision = AccessRules.decide(queryToken: request.uri.queryParameters["token"].map(String.init),
                                          cookieHeader: request.headers[.cookie], secrets: secrets)
        var response: Response
        switch AccessRules.hostAllowed(request.head.authority) ? decision : .refused {
        case .refused:
            response = Answers.refusal(.forbidden, Texts.current("workbench.refused.token"))
        case .allowedSetCookie:
            // The token leaves the address bar: the cookie carries it from now on.
            response = Answers.redirect(to: Answers.withoutToken(request.uri.path, query: request.uri.query))
            if let name = HTTPField.Name("Set-Cookie") { response.headers[name] = AccessRules.setCookie(secrets) }
        case .allowed:
            do {
                response = try await next(request, context)
            } catch let error as HTTPError where error.status == .notFound {
                response = Answers.refusal(.notFound, Texts.current("workbench.refused.not_found"))
            }
        }
        Answers.secure(&response.headers)
        return response
    }
}

/// Building answers: pages, refusals, redirects, downloads.
enum Answers {
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func refusal(_ status: HTTPResponse.Status, _ message: String) -> Response {
        html("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>\(status.code)</title></head>"
             + "<body><h1>\(status.code)</h1><p id=\"refusal\">\(escape(message))</p></body></html>", status: status)
    }

    /// 303: the browser follows with a GET, so a reload never posts the form again.
    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    static func download(_ bytes: [UInt8], name: String, type: String) -> Response {
        var headers: HTTPFields = [.contentType: type]
        if let disposition = HTTPField.Name("Content-Disposition") {
            headers[disposition] = "attachment; filename=\"\(name.filter { $0 != "\"" && $0 != "\\" })\""
        }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func secure(_ headers: inout HTTPFields) {
        for (name, value) in AccessRules.securityHeaders {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
    }

    /// The same address with `token=` taken out of its query.
    static func withoutToken(_ path: String, query: String?) -> String {
        let rest = (query ?? "").split(separator: "&").filter { !$0.hasPrefix("token=") }
        return rest.isEmpty ? path : path + "?" + rest.joined(separator: "&")
    }

    static func escape(_ text: String) -> String { MarkupText.escaped(text, quotes: true) }
}
