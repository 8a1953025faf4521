import Testing
@testable import PEP508

struct NameCase: Sendable, CustomTestStringConvertible {
    var name: String
    var valid: Bool
    var normalized: String
    var testDescription: String { name }
}

@Suite struct Names {
    static let cases: [NameCase] = [
        .init(name: "Django", valid: true, normalized: "django"),
        .init(name: "oslo.concurrency", valid: true, normalized: "oslo-concurrency"),
        .init(name: "A.B-C_D", valid: true, normalized: "a-b-c-d"),
        .init(name: "a__-._b", valid: true, normalized: "a-b"),
        .init(name: "a", valid: true, normalized: "a"),
        .init(name: "a_", valid: false, normalized: "a-"),
        .init(name: "-a", valid: false, normalized: "-a"),
        .init(name: "", valid: false, normalized: ""),
        .init(name: "a b", valid: false, normalized: "a b"),
        .init(name: "é", valid: false, normalized: "é"),
        .init(name: "already-normal", valid: true, normalized: "already-normal"),
    ]

    @Test(arguments: cases)
    func validityAndNormalisation(_ c: NameCase) throws {
        #expect(PackageName.isValid(c.name) == c.valid)
        #expect(PackageName.normalize(c.name) == c.normalized)
        if c.valid {
            #expect(try PackageName(parsing: c.name).normalized == c.normalized)
        } else {
            #expect(throws: (any Error).self) { try PackageName(parsing: c.name) }
        }
    }
}
