import { WriterLock } from '../../../core/store/writerLock';

/**
 * Another Groundwork process holding a profile's writer lock, for the lock tests:
 * takes the lock at the given path, prints "held" (or "refused"), and waits to be killed.
 */
const [path = ''] = process.argv.slice(2);
const held = await new WriterLock(path).acquire();
process.stdout.write(held ? 'held\n' : 'refused\n');
setInterval(() => undefined, 1 << 30);
