import ArgumentParser
import Foundation
import ThreadlineCore
import ThreadlineStore

/// `threadline network create --wave NAME --period "2024 H1" [--place SLUG] [--closes YYYY-MM-DD]`.
struct NetworkCreateCommand: AsyncParsableCommand {
    /// The command's name, summary and help.
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Make a network survey wave.",
        discussion: """
            Then import its members and ties with `threadline network import`. Without --place the wave covers \
            the whole programme.
            """
    )

    /// The database to use: `--db`, else THREADLINE_DB, else the default.
    @OptionGroup var database: DatabaseOptions

    /// The wave's name, as `threadline network waves` lists it.
    @Option(help: ArgumentHelp("The wave's name, unique among the waves.", valueName: "name"))
    var wave: String

    /// The half-year, as "2024 H1".
    @Option(help: ArgumentHelp("The half-year it describes, such as \"2024 H1\" or \"2024 H2\".", valueName: "period"))
    var period: String

    /// The place, by URL name or name; none for the whole programme.
    @Option(help: ArgumentHelp("The place surveyed, by URL name or name.", valueName: "place"))
    var place: String?

    /// The closing day as typed, checked before the wave is made.
    @Option(help: ArgumentHelp("The last day (UTC) answers are accepted through links.", valueName: "yyyy-mm-dd"))
    var closes: String?

    /// Runs the command; failures are reported as one sentence on standard error.
    func run() async throws {
        let store = try await database.openStore(logger: .command())
        let made = try await store.closing {
            try await NetworkLookup.reportingStoreErrors {
                try await Self.createWave(named: wave, period: period, place: place, closes: closes, in: store)
            }
        }
        print("Made the wave “\(made.wave.name)” (\(made.place ?? "the whole programme"), \(made.wave.period)).")
    }

    /// Makes the wave after checking the period, closing day and place, so each mistake is named by its option;
    /// `threadline network import` calls this too. Returns the wave as stored and its place's name, if any.
    static func createWave(
        named name: String, period periodText: String, place placeText: String?, closes closesText: String?,
        in store: ThreadlineStore
    ) async throws -> (wave: NetworkWave, place: String?) {
        guard let period = SixMonthPeriod(periodText) else {
            throw CommandFailure("--period: " + (SixMonthPeriod.problem(with: periodText) ?? "it cannot be read."))
        }
        var closesOn: PartialDate?
        if let closesText {
            guard let day = PartialDate(closesText), day.day != nil else {
                throw CommandFailure("--closes: “\(closesText)” is not a day; write it like 2024-06-30.")
            }
            closesOn = day
        }
        let place = try await placeText.asyncMap { try await NetworkLookup.place($0, in: store) }
        // The store finds waves by their trimmed name, so the name is stored trimmed.
        let wave = NetworkWave(
            id: RandomIDGenerator().next(), name: name.trimmingCharacters(in: .whitespacesAndNewlines),
            placeID: place?.id, period: period, closesOn: closesOn,
            createdAt: Date())
        do {
            try await store.networks.createWave(wave)
        } catch StoreError.conflict(let problems) {
            // The store names fields as the form does ("name"); the command line calls them by option.
            throw CommandFailure(
                problems.map { $0.field.isEmpty ? $0.message : "\(Self.option(for: $0.field)): \($0.message)" }.joined(
                    separator: "\n"))
        }
        return (wave, place?.name)
    }

    /// The option a stored field of a wave is given by.
    private static func option(for field: String) -> String {
        switch field {
        case "name": "--wave"
        case "place_id": "--place"
        case "closes_on": "--closes"
        case "period": "--period"
        default: field
        }
    }
}

extension Optional {
    /// The value transformed by an async `transform`, or `nil`; `Optional.map` takes no async closure.
    fileprivate func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
