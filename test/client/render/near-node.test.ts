// Tests of nearestDisc: the tiny actor disc a click lands on or beside, by distances worked out by hand.
import t from 'tap';
import { nearestDisc } from '../../../client/render/near-node.js';

const small = { id: 'small', x: 0, y: 0, radius: 2.5 };
const big = { id: 'big', x: 14, y: 0, radius: 10 };

t.test('nearestDisc refuses a point without finite coordinates', async (t) => {
  t.throws(() => nearestDisc({ x: Number.NaN, y: 0 }, [small], 2), RangeError);
});

t.test('nearestDisc: on a disc or within the tolerance of its rim, nearest centre wins', async (t) => {
  t.equal(
    nearestDisc({ x: 1, y: 0 }, [small, big], 2),
    'small',
    '1 px off a 2.5 px disc (what sigma’s half-resolution picking can miss)',
  );
  t.equal(nearestDisc({ x: 4.5, y: 0 }, [small], 2), 'small', 'rim + tolerance counts');
  t.equal(nearestDisc({ x: 4.6, y: 0 }, [small], 2), null, 'beyond it does not');
  t.equal(
    nearestDisc({ x: 6, y: 0 }, [small, big], 2),
    'big',
    '8 px from the big centre (inside it), 6 px from the small one (outside its reach)',
  );
  t.equal(
    nearestDisc({ x: 3.5, y: 0 }, [small, big], 2),
    'small',
    'within both reaches (3.5 and 10.5 px): the nearer centre',
  );
  t.equal(nearestDisc({ x: 0, y: 50 }, [small, big], 2), null, 'far from both');
  t.equal(nearestDisc({ x: 0, y: 0 }, [], 2), null, 'no discs');
});
