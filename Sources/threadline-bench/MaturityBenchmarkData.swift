import ThreadlineCore

/// Generated maturity survey answers: every respondent in every place and year rates every enabler.
enum MaturityBenchmarkData {
    /// `places` × `enablers` × `years` × `responses` ratings on the standard 1–5 scale, drawn from `seed`, in the
    /// order a survey export lists them: year, place, respondent, then one rating per enabler. Answers drift
    /// upwards over the years, as a programme hopes.
    static func ratings(
        places: Int, enablers: Int, years: Int, responses: Int, firstYear: Int, seed: UInt64
    ) -> [MaturityRating] {
        var random = SeededGenerator(seed: seed)
        let placeKeys = (1...places).map { "place-\($0)" }
        let enablerKeys = (1...enablers).map { "enabler-\($0)" }
        var ratings: [MaturityRating] = []
        ratings.reserveCapacity(places * enablers * years * responses)
        for yearOffset in 0..<years {
            for place in placeKeys {
                for _ in 0..<responses {
                    for enabler in enablerKeys {
                        let drift = Int.random(in: 0...years, using: &random) < yearOffset ? 1 : 0
                        let value = min(5, Int.random(in: 1...4, using: &random) + drift)
                        ratings.append(
                            MaturityRating(
                                placeKey: place, enablerKey: enabler, year: firstYear + yearOffset, value: value))
                    }
                }
            }
        }
        return ratings
    }
}
