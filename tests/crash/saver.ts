// Child process of the crash test: saves one case over and over, and says so after each
// save has returned. The parent kills it with SIGKILL at a random moment.
import { Vault } from '../../electron/core/vault/vault';

const [dir, id, name, passphrase] = process.argv.slice(2) as [string, string, string, string];

async function main() {
  const vault = await Vault.open(dir, { kdf: { opslimit: 1, memlimit: 8192 } });
  await vault.unlock(name, passphrase);
  let version = vault.get(id).version;
  for (;;) {
    const record = vault.get(id);
    const data = { ...record.data, story: { title: `save ${version + 1}`, text: `${'text '.repeat(200)}${version + 1}` } };
    version = vault.saveCase(id, record.version, data).version;
    process.stdout.write(`saved ${version}\n`);
  }
}

void main();
