// Child process of the crash test: receives one bundle and says after each case file it wrote.
// The parent kills it with SIGKILL at a random moment of the merge.
import { receiveSteps } from '../../electron/core/bundles/receive';
import { Vault } from '../../electron/core/vault/vault';

const [dir, file, name, passphrase] = process.argv.slice(2) as [string, string, string, string];

async function main() {
  const vault = await Vault.open(dir, { kdf: { opslimit: 1, memlimit: 8192 } });
  await vault.unlock(name, passphrase);
  process.stdout.write('ready\n');
  const steps = receiveSteps(vault, file);
  for (let next = steps.next(); !next.done; next = steps.next()) {
    if (next.value.stage === 'merge') process.stdout.write(`wrote ${next.value.done}\n`);
  }
  process.stdout.write('received\n');
}

void main();
