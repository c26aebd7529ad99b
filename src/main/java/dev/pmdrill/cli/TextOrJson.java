package dev.pmdrill.cli;

/** The two outputs of the reporting commands: text for people, JSON for scripts. */
enum TextOrJson {
  text,
  json
}
