import PEP440
import PEP508

/// The meaning of a marker: the environments in which it evaluates to true, and those in
/// which evaluating it raises.
///
/// Two conditions of one algebra are equal (`==`, same hash) exactly when every environment
/// evaluates them alike — that is the canonical key within an algebra; ``canonicalKey``
/// is one that does not depend on the algebra. Every answer is exact for the algebra's
/// environments (see <doc:EnvironmentModel>): no such environment can refute it.
public struct MarkerCondition: Hashable, CustomStringConvertible {
    /// The algebra whose nodes this condition uses.
    public let algebra: MarkerAlgebra
    let value: UInt32
    let raises: UInt32

    init(algebra: MarkerAlgebra, value: UInt32, raises: UInt32) {
        self.algebra = algebra
        self.value = value
        self.raises = raises
    }

    public static func == (a: MarkerCondition, b: MarkerCondition) -> Bool {
        a.algebra === b.algebra && a.value == b.value && a.raises == b.raises
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(algebra))
        hasher.combine(value)
        hasher.combine(raises)
    }

    private func check(_ other: MarkerCondition) throws(AlgebraError) {
        guard other.algebra === algebra else {
            throw AlgebraError(kind: .mixedAlgebras, message: "expected conditions of one algebra, found two")
        }
    }

    // MARK: Combining

    /// `self and other`: true where both are; raises where either raises (markers are
    /// evaluated without short circuit).
    public func and(_ other: MarkerCondition) throws(AlgebraError) -> MarkerCondition {
        try check(other)
        algebra.begin("and")
        let raises = try algebra.or(self.raises, other.raises)
        return MarkerCondition(algebra: algebra, value: try algebra.and(value, other.value), raises: raises)
    }

    /// `self or other`: true where either is and neither raises.
    public func or(_ other: MarkerCondition) throws(AlgebraError) -> MarkerCondition {
        try check(other)
        algebra.begin("or")
        let raises = try algebra.or(self.raises, other.raises)
        var value = try algebra.or(self.value, other.value)
        if raises != Ref.false { value = try algebra.and(value, algebra.not(raises)) }
        return MarkerCondition(algebra: algebra, value: value, raises: raises)
    }

    /// The complement: true where `self` is false (and does not raise); raises where `self`
    /// raises. O(1) unless `self` can raise.
    public func negated() throws(AlgebraError) -> MarkerCondition {
        algebra.begin("not")
        var value = algebra.not(self.value)
        if raises != Ref.false { value = try algebra.and(value, algebra.not(raises)) }
        return MarkerCondition(algebra: algebra, value: value, raises: raises)
    }

    // MARK: Questions

    /// Whether every environment evaluates the marker to true.
    public var isAlwaysTrue: Bool { value == Ref.true }
    /// Whether every environment evaluates the marker to false (none raises).
    public var isAlwaysFalse: Bool { value == Ref.false && raises == Ref.false }
    /// Whether no environment evaluates the marker to true (it may raise in some).
    public var isNeverTrue: Bool { value == Ref.false }
    /// Whether some environment makes evaluating the marker raise.
    public var canRaise: Bool { raises != Ref.false }
    /// Whether evaluating the marker raises in every environment.
    public var alwaysRaises: Bool { raises == Ref.true }

    /// Whether every environment in which `self` is true makes `other` true.
    public func implies(_ other: MarkerCondition) throws(AlgebraError) -> Bool {
        try check(other)
        algebra.begin("implies")
        return try !algebra.intersects(value, algebra.not(other.value))
    }

    /// Whether no environment makes both true.
    public func isDisjoint(with other: MarkerCondition) throws(AlgebraError) -> Bool {
        try check(other)
        algebra.begin("disjoint")
        return try !algebra.intersects(value, other.value)
    }

    /// Whether `self` is false in every environment in which `assumption` is true.
    public func isAlwaysFalse(assuming assumption: MarkerCondition) throws(AlgebraError) -> Bool {
        try check(assumption)
        algebra.begin("isAlwaysFalse")
        if try algebra.intersects(value, assumption.value) { return false }
        return try !algebra.intersects(raises, assumption.value)
    }

    /// Whether `self` is true in every environment in which `assumption` is true.
    public func isAlwaysTrue(assuming assumption: MarkerCondition) throws(AlgebraError) -> Bool {
        try check(assumption)
        algebra.begin("isAlwaysTrue")
        return try !algebra.intersects(algebra.not(value), assumption.value)
    }

    /// Whether `self` implies `other` in every environment in which `assumption` is true.
    public func implies(_ other: MarkerCondition, assuming assumption: MarkerCondition) throws(AlgebraError) -> Bool {
        try check(other)
        try check(assumption)
        algebra.begin("implies")
        return try !algebra.intersects(algebra.and(value, assumption.value), algebra.not(other.value))
    }

    /// Whether no environment in which `assumption` is true makes both true.
    public func isDisjoint(with other: MarkerCondition, assuming assumption: MarkerCondition) throws(AlgebraError) -> Bool {
        try check(other)
        try check(assumption)
        algebra.begin("disjoint")
        return try !algebra.intersects(algebra.and(value, other.value), assumption.value)
    }

    // MARK: Simplifying

    /// The condition for an interpreter that `requiresPython` allows: what the range already
    /// guarantees is dropped (`python_version >= "3.9"` under `>=3.9` is always true, under
    /// `<3.9` always false). Canonical: equal for markers that agree within the range.
    /// `nil` leaves the condition as it is.
    public func simplified(requiresPython: SpecifierSet?) throws(AlgebraError) -> MarkerCondition {
        guard let requiresPython else { return self }
        guard let allowed = VersionSet(requiresPython) else {
            throw AlgebraError(kind: .invalidSpecifier, message: "expected a requires-python range without `===`, found `\(requiresPython)`")
        }
        algebra.begin("simplify")
        let value = algebra.restrictPython(self.value, to: allowed)
        let raises = algebra.restrictPython(self.raises, to: allowed)
        return MarkerCondition(algebra: algebra, value: value, raises: raises)
    }

    /// A condition that agrees with `self` wherever `assumption` is true (platform facts
    /// the caller vouches for, such as `platform_system != "Windows" or sys_platform ==
    /// "win32"`), usually smaller. Exact under the assumption; not canonical.
    public func simplified(assuming assumption: MarkerCondition) throws(AlgebraError) -> MarkerCondition {
        try check(assumption)
        algebra.begin("simplify")
        let raises = try algebra.restrict(self.raises, assumption.value)
        var value = try algebra.restrict(self.value, assumption.value)
        if raises != Ref.false { value = try algebra.and(value, algebra.not(raises)) }
        return MarkerCondition(algebra: algebra, value: value, raises: raises)
    }

    /// The condition as a marker: ``MarkerAlgebra/render(_:)``, or a note when it cannot be
    /// written.
    public var description: String {
        do { return try algebra.render(self) } catch { return "<\(error)>" }
    }
}

extension MarkerAlgebra {
    /// The condition a marker stands for.
    public func condition(_ marker: Marker) throws(AlgebraError) -> MarkerCondition {
        try condition(tree: marker.tree)
    }

    /// The condition of a marker's tree (`Marker.tree` builds the tree anew on each use).
    func condition(tree: MarkerTree) throws(AlgebraError) -> MarkerCondition {
        begin("build")
        let meaning = try build(tree)
        var value = meaning.value
        if meaning.raises != Ref.false { value = try and(value, not(meaning.raises)) }
        return MarkerCondition(algebra: self, value: value, raises: meaning.raises)
    }

    /// The condition of marker text (an empty text is always true).
    public func condition(parsing text: String, variables: MarkerVariables = .standard) throws(AlgebraError) -> MarkerCondition {
        if text.allSatisfy({ $0 == " " || $0 == "\t" }) { return always }
        let marker: Marker
        do { marker = try Marker(parsing: text, variables: variables) } catch { throw AlgebraError(error, kind: .invalidMarker) }
        return try condition(marker)
    }

    /// The condition that the interpreter satisfies `requiresPython`.
    public func condition(requiresPython: SpecifierSet) throws(AlgebraError) -> MarkerCondition {
        guard let allowed = VersionSet(requiresPython) else {
            throw AlgebraError(kind: .invalidSpecifier, message: "expected a requires-python range without `===`, found `\(requiresPython)`")
        }
        return MarkerCondition(algebra: self, value: literal(variable(.python), pythonLabels.intern(allowed)), raises: Ref.false)
    }

    /// The meaning of a tree: an `or` of `and` chains, every comparison counted for raising.
    func build(_ tree: MarkerTree) throws(AlgebraError) -> Meaning {
        switch tree {
        case .comparison(let comparison):
            return try meaning(of: comparison)
        case .group(let terms, let connectives):
            var any = Ref.false, chain = Ref.true, raises = Ref.false
            for (index, term) in terms.enumerated() {
                let part = try build(term)
                if index > 0, index - 1 < connectives.count, connectives[index - 1] == .or {
                    any = try or(any, chain)
                    chain = Ref.true
                }
                chain = try and(chain, part.value)
                if part.raises != Ref.false { raises = try or(raises, part.raises) }
            }
            return Meaning(value: try or(any, chain), raises: raises)
        }
    }
}
