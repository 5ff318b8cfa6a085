/// The version `minutes --version` prints.
public let minutesVersion = "0.1.0"
