// Tests read the Russian dictionaries from node_modules, as the command line does.
import { useNodeDictionaries } from '../../electron/core/morphology/nodeDictionaries';

useNodeDictionaries();
