import ArgumentParser
import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineFormats
import ThreadlineServices
import ThreadlineStore
import ThreadlineWeb

/// `threadline demo`: the hub on the Local Pilot demo programme, ready to explore.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the hub on demo data (Greater Manchester's Local Pilot), kept in ./threadline-demo.sqlite.",
        discussion: """
            Keeps the demo in ./threadline-demo.sqlite (or --db), so edits survive a restart; --reset starts \
            over from the shipped demo. Each run prints a one-time password for admin@demo.threadline. Other \
            commands run in this folder without --db use the demo's database while ./threadline.sqlite does not \
            exist: `threadline token create --email admin@demo.threadline` makes an API token for the demo.
            """
    )

    static let demoDatabase = "sqlite://./threadline-demo.sqlite"
    static let adminEmail = "admin@demo.threadline"

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var server: ServerOptions

    @Flag(help: "Delete the demo's data and load the shipped demo again.")
    var reset = false

    func run() async throws {
        let configuration = server.configuration()
        let logger = try server.logger(configuration)
        let url = try database.resolved(fallback: Self.demoDatabase)
        if reset, case .sqliteFile(let path) = url {
            for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                try FileManager.default.removeItem(atPath: path + suffix)
            }
        }
        let store = try await database.openStore(fallback: Self.demoDatabase, logger: logger)
        try await store.closing {
            let time = SystemTimeSource()
            if try await store.contentCount() == 0 {
                let bundle = try ProgrammeBundleReader(now: time.now()).read(try DemoProgramme.data())
                try await store.importBundle(bundle, replacing: false)
                print("Loaded the demo programme: \(bundle.programme.name).")
            }
            // The demo testimony's recording lives in the media folder; put it back if the folder was emptied.
            try await DemoProgramme.installRecording(store: store, mediaPath: configuration.mediaPath)
            try await DemoProgramme.installDocument(store: store, mediaPath: configuration.mediaPath, now: time.now())
            try await DemoCoding.install(store: store, now: time.now())
            try await DemoCases.install(store: store, now: time.now())
            try await DemoMaturity.install(store: store, now: time.now())
            try await DemoNetworks.install(store: store, now: time.now())
            let password = SecretToken.generate().prefix(20)
            if let admin = try await store.users.get(email: Self.adminEmail) {
                try await store.users.setPassword(admin.id, password: String(password))
            } else {
                let admin = User(
                    id: RandomIDGenerator().next(), email: Self.adminEmail, displayName: "Demo administrator",
                    role: .admin,
                    createdAt: time.now()
                )
                try await store.users.create(admin, password: String(password))
            }
            let app = try await ThreadlineApplication.make(
                .init(store: store, configuration: configuration, logger: logger))
            print(
                """

                Threadline demo: http://\(configuration.host):\(configuration.port)/
                Data: \(url)
                Workspace: http://\(configuration.host):\(configuration.port)/workspace
                  email:    \(Self.adminEmail)
                  password: \(password)   (new each run)

                """
            )
            // Flush now: when stdout is a pipe it is block-buffered, and the URL must show before the server blocks.
            fflush(nil)
            try await app.runService()
        }
    }
}
