import ArgumentParser
import Foundation
import ScreeningCore

/// `entity-screen normalize`: every form the normalizer makes of each argument, and why.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Show every form the normalizer produces for names or affiliations, and the rules that fired.",
        discussion: """
            The first debugging tool: shows the matching form (what the index and matcher \
            compare), the legal forms it removed, the readings (pinyin, Japanese, Hepburn), \
            the translations, the phonetic keys, and each rule that fired.

            Examples:
              entity-screen normalize '哈爾浜工業大学' 'Harbin Inst Technol'
              entity-screen normalize --json 'ｶﾌﾞｼｷｶﾞｲｼｬ' 'Shin'"'"'ichi Ōno'
              entity-screen normalize --file Data/Demo/mentions.txt
            """
    )

    @Argument(help: "Names or affiliation strings to normalize.")
    var texts: [String] = []

    @Option(name: .long, help: "Also read strings from this file, one per line ('-' for standard input).")
    var file: String?

    @Flag(name: .long, help: "Print one JSON object per input line instead of the readable report.")
    var json = false

    @Flag(name: .long, help: "Do not load the Japanese dictionaries (ENAMDICT, JMdict, KANJIDIC).")
    var noJapaneseDictionaries = false

    func run() throws {
        var inputs = texts
        if let file {
            let data: Data
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let contents = FileManager.default.contents(atPath: file) else {
                    throw CommandFailure.fail("cannot read \(file): no such file or not readable; give an existing file, or - for standard input", exitCode: 3)
                }
                data = contents
            }
            inputs += String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
        }
        guard !inputs.isEmpty else { throw ValidationError("give at least one string, or --file") }
        let normalizer: Normalizer
        do {
            normalizer = try Normalizer.standard(japaneseDictionaries: noJapaneseDictionaries ? nil : JapaneseLexicon.defaultDirectory)
        } catch {
            throw CommandFailure.fail("\(error)", exitCode: 3)
        }
        for input in inputs {
            let result = normalizer.normalize(input, options: .all)
            if json {
                print(NormalizedTextJSON.line(result))
            } else {
                print(NormalizedTextReport.text(result))
            }
        }
    }
}

/// Failures with a message on standard error and an exit status of the contract
/// (2 usage, 3 unreadable input).
enum CommandFailure {
    /// Writes `entity-screen: message` to standard error and returns the exit to throw.
    static func fail(_ message: String, exitCode: Int32) -> ExitCode {
        FileHandle.standardError.write(Data("entity-screen: \(message)\n".utf8))
        return ExitCode(exitCode)
    }
}
