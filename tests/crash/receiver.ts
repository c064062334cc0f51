// Child process of the crash test: receives one bundle and says after each case file it wrote.
// The parent kills it with SIGKILL at a random moment of the merge.
import { receiveBundle } from '../../electron/core/bundles/receive';
import { Vault } from '../../electron/core/vault/vault';

const [dir, file, name, passphrase] = process.argv.slice(2) as [string, string, string, string];

async function main() {
  const vault = await Vault.open(dir, { kdf: { opslimit: 1, memlimit: 8192 } });
  await vault.unlock(name, passphrase);
  process.stdout.write('ready\n');
  receiveBundle(vault, file, (done) => process.stdout.write(`wrote ${done}\n`));
  process.stdout.write('received\n');
}

void main();
