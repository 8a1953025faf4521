/// The requirement strings of a document in document order — `build-system.requires`,
/// `dependencies`, each extra, each dependency group — read from the tables in place:
/// a 10 MB file holds 100,000 of them, and an array of copies costs tens of megabytes.
struct RequirementEntries: Sequence {
    let document: PyProject

    struct Iterator: IteratorProtocol {
        /// The lists still to read, each with its position: 0 build-system, 1
        /// dependencies, 2… extras then groups.
        private let lists: [Source]
        private var list = 0
        private var index = 0

        enum Source {
            case entries([RequirementEntry])
            case items([DependencyGroup.Item])
        }

        init(_ document: PyProject) {
            var lists: [Source] = []
            if let requires = document.buildSystem?.requires { lists.append(.entries(requires)) }
            if let project = document.project {
                lists.append(.entries(project.dependencies))
                for extra in project.optionalDependencies { lists.append(.entries(extra.requirements)) }
            }
            for group in document.dependencyGroups { lists.append(.items(group.items)) }
            self.lists = lists
        }

        mutating func next() -> RequirementEntry? {
            while list < lists.count {
                switch lists[list] {
                case .entries(let entries):
                    if index < entries.count {
                        index += 1
                        return entries[index - 1]
                    }
                case .items(let items):
                    while index < items.count {
                        index += 1
                        if case .requirement(let entry) = items[index - 1] { return entry }
                    }
                }
                list += 1
                index = 0
            }
            return nil
        }
    }

    func makeIterator() -> Iterator { Iterator(document) }
}
