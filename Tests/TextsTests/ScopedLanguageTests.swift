// Two languages at once in one process: each task sees its own, also on the threads it hands work to.

import Dispatch
import Model
import Testing
import Texts

@Suite struct ScopedLanguageTests {
    @Test func concurrentTasksKeepTheirOwnLanguage() async {
        let seen = await withTaskGroup(of: (Language, [Language]).self) { group in
            for language in [Language.fr, .en, .fr, .en] {
                group.addTask {
                    await Texts.$scoped.withValue(Texts(language)) {
                        var languages: [Language] = []
                        for _ in 0..<50 {
                            languages.append(Texts.current.language)
                            await Task.yield()
                        }
                        return (language, languages)
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(seen.count == 4)
        for (language, languages) in seen { #expect(languages.allSatisfy { $0 == language }) }
    }

    @Test func carriedWorkOnDispatchThreadsSpeaksTheCallersLanguage() {
        let bare: @Sendable (Int) -> Language = { _ in Texts.current.language }
        Texts.$scoped.withValue(Texts(.en)) {
            let process = Texts.current
            #expect(process.language == .en)
            let carried = ParallelMap.map(8, Texts.carried(bare))
            #expect(carried == Array(repeating: .en, count: 8))
        }
        // Without carrying, a Dispatch worker sees the process's language, not the task's.
        let unscoped = ParallelMap.map(8, bare)
        #expect(unscoped.allSatisfy { $0 == Texts.current.language })
    }
}
