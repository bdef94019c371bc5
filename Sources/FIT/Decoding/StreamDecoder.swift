/// The decoding loop: file headers, record headers, definitions and data messages, in order.
///
/// Definitions become `MessagePlan`s; a data message is checked against its plan's size and kept
/// as bytes plus plan (`EncodedMessage`), so the loop does no per-field work except for the few
/// fields that carry state from message to message (timestamps, accumulated components).
struct StreamDecoder {
    private let bytes: [UInt8]
    /// Shared by every message: the input, every plan made so far, accumulated totals.
    private let source: MessageSource
    /// Every plan made so far (also in `source`); messages refer to them by index.
    private var plans: [MessagePlan] = []
    /// What the hot loop needs of each plan, as plain values (reading a class costs a retain).
    private var planSummaries: [PlanSummary] = []
    /// The plan index of each local message type, -1 while undefined.
    private var localPlans: [Int32] = Array(repeating: -1, count: 16)
    private var messages: [FITMessage] = []
    private var headers: [FITHeader] = []
    private var developers = DeveloperFieldRegistry()
    private var fieldDescriptions = 0
    private var lastTimestamp: UInt32 = 0
    private var accumulator = Accumulator()
    /// When true, record messages are tallied into `recordTally` instead of stored (`FITSummary`).
    private let tallyingRecords: Bool
    private(set) var recordTally = RecordTally()

    init(bytes: [UInt8], tallyingRecords: Bool = false) {
        self.bytes = bytes
        self.source = MessageSource(bytes: bytes)
        self.tallyingRecords = tallyingRecords
    }

    mutating func decode() -> FITFile {
        var error: FITError?
        let bytes = self.bytes
        bytes.withUnsafeBytes { raw in
            error = decodeFiles(raw)
        }
        if error == nil && headers.isEmpty {
            error = FITError(.truncated(needed: 12, available: 0), at: 0)
        }
        return FITFile(
            messages: messages, error: error, developerFieldDescriptions: fieldDescriptions, headers: headers)
    }

    // MARK: Files

    /// Decodes chained files until the input ends; returns the error that stopped it, if any.
    private mutating func decodeFiles(_ raw: UnsafeRawBufferPointer) -> FITError? {
        var position = 0
        do throws(FITError) {
            while position < raw.count {
                position = try decodeFile(raw, at: position)
            }
        } catch {
            return error
        }
        return nil
    }

    /// Decodes one FIT file starting at `start`; returns the offset after its CRC.
    private mutating func decodeFile(_ raw: UnsafeRawBufferPointer, at start: Int) throws(FITError) -> Int {
        let header = try FileHeaderReader.read(raw, at: start)
        headers.append(header)
        let dataEnd = start + header.size + header.dataSize
        var position = start + header.size
        let limit = min(dataEnd, raw.count)
        while position < dataEnd {
            if position >= raw.count {
                throw FITError(.truncated(needed: dataEnd - position + 2, available: 0), at: position)
            }
            position = try decodeRecord(raw, at: position, limit: limit, dataEnd: dataEnd)
        }
        guard raw.count - dataEnd >= 2 else {
            throw FITError(.truncated(needed: 2, available: raw.count - dataEnd), at: dataEnd)
        }
        let stored = raw.loadUInt16(at: dataEnd)
        let computed = CRC16.checksum(raw, start..<dataEnd)
        guard stored == computed else {
            throw FITError(.fileCRCMismatch(stored: stored, computed: computed), at: dataEnd)
        }
        return dataEnd + 2
    }

    /// Throws when `count` bytes from `position` are not all inside the data.
    @inline(__always)
    private func require(_ count: Int, at position: Int, record: Int, limit: Int, dataEnd: Int) throws(FITError) {
        guard position + count > limit else { return }
        if limit < dataEnd {
            throw FITError(.truncated(needed: position + count - record, available: limit - record), at: record)
        }
        throw FITError(.messagePastDataEnd(dataEnd: dataEnd), at: record)
    }

    // MARK: Records

    /// Decodes the record (definition or data message) at `position`; returns the next offset.
    private mutating func decodeRecord(
        _ raw: UnsafeRawBufferPointer, at position: Int, limit: Int, dataEnd: Int
    ) throws(FITError) -> Int {
        let header = raw[position]
        if header & 0x80 != 0 {
            let local = (header >> 5) & 0x03
            let planIndex = localPlans[Int(local)]
            guard planIndex >= 0 else { throw FITError(.undefinedLocalMessage(local), at: position) }
            let offset = UInt32(header & 0x1F)
            var timestamp = (lastTimestamp & ~0x1F) | offset
            if offset < lastTimestamp & 0x1F { timestamp &+= 0x20 }
            lastTimestamp = timestamp
            let size = planSummaries[Int(planIndex)].size
            try require(1 + size, at: position, record: position, limit: limit, dataEnd: dataEnd)
            appendMessage(
                raw, planIndex: planIndex, local: Int(local), at: position + 1, compressedTimestamp: timestamp)
            return position + 1 + size
        }
        if header & 0x40 != 0 {
            return try decodeDefinition(raw, at: position, limit: limit, dataEnd: dataEnd)
        }
        let local = Int(header & 0x0F)
        let planIndex = localPlans[local]
        guard planIndex >= 0 else { throw FITError(.undefinedLocalMessage(UInt8(local)), at: position) }
        let size = planSummaries[Int(planIndex)].size
        try require(1 + size, at: position, record: position, limit: limit, dataEnd: dataEnd)
        appendMessage(raw, planIndex: planIndex, local: local, at: position + 1, compressedTimestamp: nil)
        return position + 1 + size
    }

    private mutating func decodeDefinition(
        _ raw: UnsafeRawBufferPointer, at position: Int, limit: Int, dataEnd: Int
    ) throws(FITError) -> Int {
        let header = raw[position]
        try require(6, at: position, record: position, limit: limit, dataEnd: dataEnd)
        let isBigEndian = raw[position + 2] != 0
        let globalNumber = raw.loadUInt16(at: position + 3, bigEndian: isBigEndian)
        let fieldCount = Int(raw[position + 5])
        var cursor = position + 6
        try require(fieldCount * 3, at: cursor, record: position, limit: limit, dataEnd: dataEnd)
        let profile = MessageProfile.forGlobalNumber(globalNumber)
        var fields: [FieldPlan] = []
        fields.reserveCapacity(fieldCount)
        var contentOffset = 0
        for _ in 0..<fieldCount {
            let number = raw[cursor]
            let size = Int(raw[cursor + 1])
            let typeByte = raw[cursor + 2]
            guard var baseType = BaseType(definitionByte: typeByte) else {
                throw FITError(.invalidBaseType(typeByte), at: cursor + 2)
            }
            // A size that is not a whole number of elements is read as bytes (as the SDK does).
            if size % baseType.size != 0 { baseType = .uint8 }
            let fieldProfile = profile?.field(number) ?? (number == 253 ? Self.timestampProfile : nil)
            fields.append(
                FieldPlan(number: number, offset: contentOffset, size: size, baseType: baseType, profile: fieldProfile))
            contentOffset += size
            cursor += 3
        }
        var developerFields: [DeveloperFieldPlan] = []
        if header & 0x20 != 0 {
            try require(1, at: cursor, record: position, limit: limit, dataEnd: dataEnd)
            let developerCount = Int(raw[cursor])
            cursor += 1
            try require(developerCount * 3, at: cursor, record: position, limit: limit, dataEnd: dataEnd)
            for _ in 0..<developerCount {
                let number = raw[cursor]
                let size = Int(raw[cursor + 1])
                let index = raw[cursor + 2]
                developerFields.append(
                    DeveloperFieldPlan(
                        developerIndex: index, number: number, offset: contentOffset, size: size,
                        description: developers.description(developerIndex: index, number: number)))
                contentOffset += size
                cursor += 3
            }
        }
        localPlans[Int(header & 0x0F)] = Int32(plans.count)
        addPlan(
            MessagePlan(
                globalNumber: globalNumber, isBigEndian: isBigEndian, fields: fields, developerFields: developerFields,
                developerGeneration: developers.generation))
        return cursor
    }

    /// The common timestamp field (253) of a message the profile tables do not cover.
    private static let timestampProfile = FieldProfile(
        number: 253, name: "timestamp", type: .dateTime, scale: 1, offset: 0, units: "s", components: [],
        isAccumulated: false, subfields: [])

    // MARK: Data messages

    private mutating func addPlan(_ plan: MessagePlan) {
        plans.append(plan)
        _ = source.append(plan)
        planSummaries.append(PlanSummary(plan))
    }

    private mutating func appendMessage(
        _ raw: UnsafeRawBufferPointer, planIndex: Int32, local: Int, at content: Int, compressedTimestamp: UInt32?
    ) {
        let summary = planSummaries[Int(planIndex)]
        if summary.timestampOffset >= 0 {
            let value = raw.loadElement(at: content + summary.timestampOffset, size: 4, bigEndian: summary.isBigEndian)
            if value != 0xFFFF_FFFF { lastTimestamp = UInt32(value) }
        }
        if !summary.needsMoreWork && !(summary.hasAccumulationResets && !accumulator.isEmpty) {
            if tallyingRecords && summary.globalNumber == FITMessageNumber.record {
                let source = self.source
                recordTally.add(
                    raw, at: content, planIndex: planIndex, plans: plans, compressedTimestamp: compressedTimestamp
                ) {
                    FITMessage(
                        encoded: EncodedMessage(
                            source: source, offset: content, planIndex: planIndex,
                            compressedTimestamp: compressedTimestamp),
                        globalNumber: FITMessageNumber.record)
                }
                return
            }
            messages.append(
                FITMessage(
                    encoded: EncodedMessage(
                        source: source, offset: content, planIndex: planIndex, compressedTimestamp: compressedTimestamp),
                    globalNumber: summary.globalNumber))
            return
        }
        appendSpecialMessage(
            raw, planIndex: planIndex, local: local, at: content, compressedTimestamp: compressedTimestamp)
    }

    /// Messages with developer fields, accumulated components or developer data descriptions.
    private mutating func appendSpecialMessage(
        _ raw: UnsafeRawBufferPointer, planIndex original: Int32, local: Int, at content: Int,
        compressedTimestamp: UInt32?
    ) {
        var planIndex = original
        var plan = plans[Int(planIndex)]
        if !plan.developerFields.isEmpty && plan.developerGeneration != developers.generation {
            plan = plan.resolvingDeveloperFields(with: developers)
            planIndex = Int32(plans.count)
            addPlan(plan)
            localPlans[local] = planIndex
        }
        let accumulatedStart = Int32(source.accumulated.count)
        // Resets matter only once a component has started a total.
        if plan.accumulatesComponents || (!plan.accumulations.isEmpty && !accumulator.isEmpty) {
            accumulate(plan: plan, at: content)
        }
        let message = FITMessage(
            encoded: EncodedMessage(
                source: source, offset: content, planIndex: planIndex, accumulatedStart: accumulatedStart,
                accumulatedCount: UInt16(clamping: source.accumulated.count - Int(accumulatedStart)),
                compressedTimestamp: compressedTimestamp),
            globalNumber: plan.globalNumber)
        if tallyingRecords && plan.globalNumber == FITMessageNumber.record {
            recordTally.add(message)
            return
        }
        messages.append(message)
        if plan.globalNumber == FITMessageNumber.fieldDescription
            || plan.globalNumber == FITMessageNumber.developerDataId
        {
            // Developer data must be known before later messages decode; read it right away.
            if plan.globalNumber == FITMessageNumber.fieldDescription {
                fieldDescriptions += 1
                developers.register(fieldDescription: message)
            } else {
                developers.register(developerDataID: message)
            }
        }
    }

    private mutating func accumulate(plan: MessagePlan, at content: Int) {
        let probeSource = MessageSource(bytes: bytes)
        let probe = EncodedMessage(
            source: probeSource, offset: content, planIndex: probeSource.append(plan), compressedTimestamp: nil)
        for step in plan.accumulations {
            switch step {
            case .component(let index, let bitOffset, let component):
                let field = plan.fields[index]
                guard let bits = probe.bits(of: field, from: bitOffset, count: component.bits) else { continue }
                let total = accumulator.accumulate(
                    message: plan.globalNumber, field: component.target, value: bits, bits: component.bits)
                source.append(
                    AccumulatedValue(field: component.target, value: Double(total) / component.scale - component.offset)
                )
            case .reset(let index, let target, let component):
                guard !accumulator.isEmpty, let raw = probe.number(of: plan.fields[index]) else { continue }
                let physical = raw / target.scale - target.offset
                let inComponentUnits = (physical + component.offset) * component.scale
                guard inComponentUnits >= 0, inComponentUnits < 1.8e19 else { continue }
                accumulator.reset(message: plan.globalNumber, field: target.number, value: UInt64(inComponentUnits))
            }
        }
    }
}

/// The facts about a plan the decoding loop reads for every message.
struct PlanSummary {
    let globalNumber: UInt16
    let size: Int
    /// Offset of a 4-byte timestamp field, -1 when there is none.
    let timestampOffset: Int
    let isBigEndian: Bool
    /// Developer fields, accumulation, or developer data messages: take the slower path.
    let needsMoreWork: Bool
    /// Fields that restart accumulated totals (they matter once a total exists).
    let hasAccumulationResets: Bool

    init(_ plan: MessagePlan) {
        hasAccumulationResets = !plan.accumulations.isEmpty
        globalNumber = plan.globalNumber
        size = plan.size
        timestampOffset = plan.timestampOffset ?? -1
        isBigEndian = plan.isBigEndian
        needsMoreWork =
            !plan.developerFields.isEmpty || plan.accumulatesComponents
            || plan.globalNumber == FITMessageNumber.fieldDescription
            || plan.globalNumber == FITMessageNumber.developerDataId
    }
}
