/**
 * cli — the `forewarn` command. Each subcommand lives in its own module and
 * is a thin shell over the library: parse options, call, print.
 *
 * Public surface: `main(argv)` returning the exit status.
 */
import { Command, CommanderError } from 'commander';
import { registerAudit } from './audit.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerPartner } from './partner.js';
import { registerServe } from './serve.js';
import { registerStory } from './story.js';
import { registerTaxii } from './taxii.js';
import { registerUser } from './user.js';
import { registerWarning } from './warning.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('forewarn')
    .description('Forewarn: warning intelligence from reports on threats and attacks')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  let status = 0;
  const setStatus = (s: number) => {
    status = s;
  };
  registerExtract(program, setStatus);
  registerIngest(program, setStatus);
  registerServe(program, setStatus);
  registerPartner(program, setStatus);
  registerExport(program, setStatus);
  registerTaxii(program, setStatus);
  registerUser(program, setStatus);
  registerAudit(program, setStatus);
  registerWarning(program, setStatus);
  registerStory(program, setStatus);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    throw e;
  }
  return status;
}
