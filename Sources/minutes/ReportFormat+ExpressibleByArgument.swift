import ArgumentParser
import MinutesKit

/// `--format text|json|github|sarif` of `lint` and `submit`.
extension ReportFormat: ExpressibleByArgument {}
