// Reads an AsyncAPI document with the official parser (@asyncapi/parser) and prints one line per
// diagnostic, then one line per message whose payload the parser could not resolve. Exits 1 when
// the document does not parse, when any diagnostic is an error or a warning, or when a payload is
// missing; informational notes and hints (e.g. "a newer AsyncAPI version exists") pass.
import { readFileSync } from 'node:fs';
import { Parser, DiagnosticSeverity } from '@asyncapi/parser';

const { document, diagnostics } = await new Parser().parse(readFileSync(process.argv[2], 'utf8'));
let failed = !document;
for (const diagnostic of diagnostics) {
  const severity = DiagnosticSeverity[diagnostic.severity];
  console.log(`${severity} ${diagnostic.code} ${diagnostic.path.join('/')}: ${diagnostic.message}`);
  failed ||= diagnostic.severity === DiagnosticSeverity.Error || diagnostic.severity === DiagnosticSeverity.Warning;
}
if (document) {
  for (const message of document.messages().all()) {
    const payload = message.payload();
    if (!payload || Object.keys(payload.json()).length === 0) {
      console.log(`Error no-payload ${message.id()}: the payload did not resolve`);
      failed = true;
    }
  }
  console.log(`parsed: ${document.channels().length} channels, ${document.messages().length} messages`);
}
process.exit(failed ? 1 : 0);
