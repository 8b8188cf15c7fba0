import Foundation
import Testing

@testable import ThreadlineCharts

@Suite struct WordCloudTests {
    private static let words: [WordCloud.Word] = (1...40).map { index in
        WordCloud.Word("word\(index)", count: 200 / index)
    }

    @Test func sameInputGivesByteIdenticalSVG() {
        let first = WordCloud(words: Self.words, title: "Words").svg(idPrefix: "cloud")
        let second = WordCloud(words: Self.words.reversed(), title: "Words").svg(idPrefix: "cloud")
        #expect(first == second)
        #expect(first.contains("viewBox=\"0 0 640 400\""))
        #expect(first.contains("role=\"img\""))
        #expect(first.contains("aria-labelledby=\"cloud-title cloud-desc\""))
    }

    @Test func largestWordSitsAtTheCentreAndSizesFollowTheSquareRootOfCounts() {
        let cloud = WordCloud(
            words: [.init("trust", count: 100), .init("place", count: 25), .init("care", count: 1)], title: "T",
            minimumFontSize: 10, maximumFontSize: 50)
        #expect(cloud.placed.map(\.text) == ["trust", "place", "care"])
        #expect(cloud.placed[0].x == 320 && cloud.placed[0].y == 200)
        #expect(cloud.placed.map(\.fontSize) == [50, 27.8, 10])
        #expect(cloud.leftOutCount == 0)
    }

    @Test func placedWordsDoNotOverlapAndStayInside() {
        let cloud = WordCloud(words: Self.words, title: "Words")
        #expect(cloud.placed.count > 20)
        let boxes = cloud.placed.map { word in
            let width = Double(word.text.count) * word.fontSize * 0.55
            let height = word.fontSize * 1.15
            return (
                left: word.x - width / 2, top: word.y - height / 2, right: word.x + width / 2,
                bottom: word.y + height / 2
            )
        }
        for (index, box) in boxes.enumerated() {
            #expect(box.left >= 0 && box.top >= 0 && box.right <= 640 && box.bottom <= 400)
            for other in boxes[(index + 1)...] {
                let overlaps =
                    box.left < other.right && other.left < box.right && box.top < other.bottom
                    && other.top < box.bottom
                #expect(!overlaps)
            }
        }
    }

    @Test func wordsThatDoNotFitAreLeftOutAndCounted() {
        let many = (1...300).map { WordCloud.Word("longerword\($0)", count: 1000 - $0) }
        let cloud = WordCloud(words: many, title: "Many", maximumWords: 300, width: 200, height: 200)
        #expect(cloud.leftOutCount > 0)
        #expect(cloud.placed.count + cloud.leftOutCount == 300)
        #expect(cloud.description.hasSuffix("\(cloud.leftOutCount) more words did not fit and are not shown."))
    }

    @Test func escapesWordsAndTitle() {
        let cloud = WordCloud(words: [.init("<b>&\"co\"", count: 3)], title: "Fish & <chips>")
        let svg = cloud.svg(idPrefix: "x")
        #expect(svg.contains(">&lt;b&gt;&amp;&quot;co&quot;</text>"))
        #expect(svg.contains("<title id=\"x-title\">Fish &amp; &lt;chips&gt;</title>"))
        #expect(!svg.contains("<b>"))
        #expect(!svg.contains("\"co\""))
    }

    @Test func descriptionListsEveryPlacedWordInOrder() throws {
        let cloud = WordCloud(words: Self.words, title: "Words")
        let svg = cloud.svg(idPrefix: "cloud")
        let drawn = svg.split(separator: "\n").filter { $0.hasPrefix("<text") }.map { line in
            String(line.split(separator: ">")[1].dropLast("</text".count))
        }
        #expect(drawn == cloud.placed.map(\.text))
        let desc = try #require(svg.split(separator: "\n").first { $0.hasPrefix("<desc") })
        let listed = cloud.placed.map { "\($0.text) \($0.count)" }.joined(separator: ", ")
        #expect(desc.contains(": " + listed + "."))
        #expect(
            cloud.description
                == "Word cloud of \(cloud.placed.count) words, most frequent first, each with how often it occurs: \(listed)."
        )
    }

    @Test func emptyCloudSaysSo() {
        let cloud = WordCloud(words: [.init("nothing", count: 0)], title: "None")
        #expect(cloud.placed.isEmpty)
        #expect(cloud.description == WordCloud.emptyMessage)
        #expect(cloud.svg(idPrefix: "e").contains(">No words to show.</text>"))
    }

    @Test func repeatedWordsAreAddedAndTopNKept() {
        let cloud = WordCloud(
            words: [.init("a", count: 2), .init("b", count: 5), .init("a", count: 4), .init("c", count: 1)],
            title: "T", maximumWords: 2)
        #expect(cloud.placed.map(\.text) == ["a", "b"])
        #expect(cloud.placed.map(\.count) == [6, 5])
    }

    @Test(arguments: WordCloud.palette)
    func paletteColourHasTextContrastOnWhite(hex: String) {
        #expect(ContrastRatio.between(hex, "#ffffff") >= 4.5, "\(hex)")
    }
}
