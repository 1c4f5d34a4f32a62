// `isg serve`: a Hummingbird application on 127.0.0.1 only, every route behind the access guard,
// every form behind the CSRF check. Stops on Ctrl-C or SIGTERM (Hummingbird's graceful shutdown).

import Foundation
import Hummingbird
import Texts

public struct WorkbenchServer: Sendable {
    public let config: WorkbenchConfig
    public let secrets: AccessSecrets
    let state = WorkbenchState()
    let renderer: Renderer

    public init(config: WorkbenchConfig, secrets: AccessSecrets = AccessSecrets()) throws {
        self.config = config
        self.secrets = secrets
        renderer = try Renderer()
    }

    /// The address to open, with the token: printed once the port is bound.
    public func address(port: Int) -> String { "http://127.0.0.1:\(port)/?token=\(secrets.token)" }

    /// Serves until Ctrl-C. `onReady` receives the address to open.
    public func run(onReady: @escaping @Sendable (String) -> Void) async throws {
        // Hummingbird logs "server started" at info level: noise beside the address the user must
        // open. Its default logger reads LOG_LEVEL; a value the user set is kept.
        setenv("LOG_LEVEL", "warning", 0)
        let app = Application(
            router: makeRouter(),
            configuration: .init(address: .hostname("127.0.0.1", port: config.port), serverName: nil),
            onServerRunning: { channel in onReady(address(port: channel.localAddress?.port ?? config.port)) })
        try await app.runService()
    }

    func makeRouter() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: AccessGuard(secrets: secrets))
        router.get("/style.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
                     body: ResponseBody(byteBuffer: ByteBuffer(string: Templates.style)))
        }
        router.get("/") { _, _ in overviewPage() }
        router.get("/constats") { request, _ in findingsPage(query: request.uri.queryParameters) }
        router.get("/personnes") { _, _ in personsPage() }
        router.get("/correspondances") { _, _ in mappingsPage() }
        router.get("/indicateurs") { request, _ in indicatorsPage(query: request.uri.queryParameters) }
        router.get("/indicateurs/telecharger") { request, _ in indicatorsDownload(query: request.uri.queryParameters) }
        router.get("/telecharger") { request, _ in download(request.uri.queryParameters["chemin"].map(String.init) ?? "") }
        router.post("/importer") { request, context in
            try await form(request, context) { _ in await importAgain() }
        }
        router.post("/identites") { request, context in
            try await form(request, context) { fields in toggleIdentities(fields) }
        }
        router.post("/personnes/decision") { request, context in
            try await form(request, context) { fields in decide(fields) }
        }
        router.post("/correspondances/ajout") { request, context in
            try await form(request, context) { fields in await addWording(fields) }
        }
        router.post("/correspondances/cellule") { request, context in
            try await form(request, context) { fields in leaveToCells(fields) }
        }
        router.post("/correspondances/renommer") { request, context in
            try await form(request, context) { fields in await editColumn(fields, action: "rename") }
        }
        router.post("/correspondances/ignorer") { request, context in
            try await form(request, context) { fields in await editColumn(fields, action: "ignore") }
        }
        return router
    }

    /// Reads a form (at most 64 KiB) and runs `body` only when it carries the run's CSRF token.
    func form(_ request: Request, _ context: BasicRequestContext,
              _ body: ([String: String]) async -> Response) async throws -> Response {
        let buffer = try await request.body.collect(upTo: 64 * 1024)
        let fields = AccessRules.formFields(String(buffer: buffer))
        guard AccessRules.formAccepted(fields, secrets: secrets) else {
            return Answers.refusal(.forbidden, Texts.current("workbench.refused.csrf"))
        }
        return await body(fields)
    }

    /// Files of `current/` only: the store and the key of the pseudonyms are beside it, never served.
    func download(_ relative: String) -> Response {
        let root = config.outputFolder + "/current"
        guard let path = PathConfinement.file(relative, within: root),
              let data = FileManager.default.contents(atPath: path) else {
            return Answers.refusal(.notFound, Texts.current("workbench.refused.path"))
        }
        let name = (path as NSString).lastPathComponent
        let type = name.hasSuffix(".html") ? "text/html; charset=utf-8" : name.hasSuffix(".json") ? "application/json"
            : name.hasSuffix(".csv") ? "text/csv; charset=utf-8" : "application/octet-stream"
        return Answers.download(Array(data), name: name, type: type)
    }

    var decisionsFile: String { config.mappingsFolder + "/personnes.csv" }
    var journal: Journal { Journal(outputFolder: config.outputFolder) }
}
