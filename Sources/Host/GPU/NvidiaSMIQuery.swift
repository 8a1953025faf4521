/// The `nvidia-smi` fallback: one CSV query for every GPU.
enum NvidiaSMIQuery {
    static let command = [
        "nvidia-smi", "--query-gpu=index,name,compute_cap,driver_version,memory.total,mig.mode.current,pci.bus_id",
        "--format=csv",
    ]

    struct Row: Equatable {
        var gpu: NvidiaGPU
        var driverVersion: String?
    }

    /// The rows of the CSV (the header and malformed lines are skipped).
    static func parse(_ text: String) -> [Row] {
        var rows: [Row] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingASCIIWhitespace() }
            guard cells.count >= 7, let index = Int(cells[0]) else { continue }
            func known(_ cell: String) -> String? {
                cell.isEmpty || cell.hasPrefix("[N/A") || cell == "N/A" ? nil : cell
            }
            let mig: Bool? = switch cells[5] {
            case "Enabled": true
            case "Disabled": false
            default: nil
            }
            let gpu = NvidiaGPU(index: index, name: known(cells[1]), computeCapability: ComputeCapability(parsing: cells[2]),
                                mig: mig, pciBusID: known(cells[6]), source: .nvidiaSMI)
            rows.append(Row(gpu: gpu, driverVersion: known(cells[3])))
        }
        return rows
    }
}
