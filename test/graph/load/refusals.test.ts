// Each refusal of the loader, one test each: the valid mini fixture with one thing corrupted names the class, the file and the JSON path.
import t, { type Test } from 'tap';
import {
  type DatasetIssue,
  DirectionContradictsKind,
  DuplicateId,
  EndBeforeStart,
  MalformedDate,
  MissingEvidence,
  MissingSourceText,
  OutOfRange,
  QuoteNotFound,
  SchemaViolation,
  SelfLoop,
  UnknownActor,
  UnknownKind,
  UnknownSource,
  ValenceContradictsKind,
  WrongSchemaVersion,
} from '../../../graph/load/dataset-issues.js';
import { corrupted, indexOf, issuesOf, miniDocument } from './mini-fixture.js';

type IssueClass = abstract new (...args: never[]) => DatasetIssue;

/** Asserts the load reported exactly one issue, of this class, at this path, in the fixture's file. */
function expectOne(t: Test, issues: DatasetIssue[], issueClass: IssueClass, path: string): void {
  t.equal(issues.length, 1, `one issue, got: ${issues.map(String).join(' | ')}`);
  const [issue] = issues;
  t.ok(issue instanceof issueClass, `${issue?.name} is a ${issueClass.name}`);
  t.equal(issue?.path, path);
  t.equal(issue?.file, 'mini.json');
  t.ok(issue?.reason.length, 'says why');
}

const rel = (id: string) => (doc: ReturnType<typeof miniDocument>) => doc.relations[indexOf(doc, 'relations', id)];
const armsTransfer = rel('russia-kazakhstan-arms-transfer');
const ARMS = indexOf(miniDocument(), 'relations', 'russia-kazakhstan-arms-transfer');
const RIVALRY = indexOf(miniDocument(), 'relations', 'russia-china-competition');
const FIRM = indexOf(miniDocument(), 'actors', 'kazmunaygas');

t.test('the valid fixture has no issues (so every issue below comes from its corruption)', async (t) => {
  t.same(issuesOf(miniDocument()), []);
});

t.test('WrongSchemaVersion: another version, or none', async (t) => {
  expectOne(
    t,
    corrupted((doc) => {
      doc.schemaVersion = 2;
    }),
    WrongSchemaVersion,
    '/schemaVersion',
  );
  expectOne(
    t,
    corrupted((doc) => {
      delete doc.schemaVersion;
    }),
    WrongSchemaVersion,
    '/schemaVersion',
  );
  expectOne(
    t,
    corrupted((doc) => {
      doc.schemaVersion = '1';
    }),
    WrongSchemaVersion,
    '/schemaVersion',
  );
});

t.test('SchemaViolation: an unknown field, a wrong type, a missing field', async (t) => {
  expectOne(
    t,
    corrupted((doc) => {
      doc.actors[FIRM].founded = 1991;
    }),
    SchemaViolation,
    `/actors/${FIRM}/founded`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      armsTransfer(doc).strength = '0.7';
    }),
    SchemaViolation,
    `/relations/${ARMS}/strength`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      delete armsTransfer(doc).stance;
    }),
    SchemaViolation,
    `/relations/${ARMS}/stance`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      armsTransfer(doc).id = 'Arms Transfer';
    }),
    SchemaViolation,
    `/relations/${ARMS}/id`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      doc.relations = {};
    }),
    SchemaViolation,
    '/relations',
  );
});

t.test('UnknownActor: a relation end, a country or a partOf naming no actor', async (t) => {
  expectOne(
    t,
    corrupted((doc) => {
      armsTransfer(doc).target = 'narnia';
    }),
    UnknownActor,
    `/relations/${ARMS}/target`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      armsTransfer(doc).source = 'narnia';
    }),
    UnknownActor,
    `/relations/${ARMS}/source`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      doc.actors[FIRM].country = 'narnia';
    }),
    UnknownActor,
    `/actors/${FIRM}/country`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      doc.actors[FIRM].partOf = 'narnia';
    }),
    UnknownActor,
    `/actors/${FIRM}/partOf`,
  );
});

t.test('UnknownKind: a relation or actor kind outside the vocabulary', async (t) => {
  expectOne(
    t,
    corrupted((doc) => {
      armsTransfer(doc).kind = 'alliance';
    }),
    UnknownKind,
    `/relations/${ARMS}/kind`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      doc.actors[FIRM].kind = 'company';
    }),
    UnknownKind,
    `/actors/${FIRM}/kind`,
  );
});

t.test('ValenceContradictsKind: a hostile arms transfer', async (t) => {
  expectOne(
    t,
    corrupted((doc) => {
      armsTransfer(doc).valence = 'hostile';
    }),
    ValenceContradictsKind,
    `/relations/${ARMS}/valence`,
  );
});

t.test('DirectionContradictsKind: an undirected arms transfer, a directed competition', async (t) => {
  expectOne(
    t,
    corrupted((doc) => {
      armsTransfer(doc).directed = false;
    }),
    DirectionContradictsKind,
    `/relations/${ARMS}/directed`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      doc.relations[RIVALRY].directed = true;
    }),
    DirectionContradictsKind,
    `/relations/${RIVALRY}/directed`,
  );
});

t.test('OutOfRange: strength or confidence outside 0..1', async (t) => {
  expectOne(
    t,
    corrupted((doc) => {
      armsTransfer(doc).strength = 1.5;
    }),
    OutOfRange,
    `/relations/${ARMS}/strength`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      armsTransfer(doc).confidence = -0.1;
    }),
    OutOfRange,
    `/relations/${ARMS}/confidence`,
  );
});

t.test('EndBeforeStart: an end wholly before the start, compared by precision', async (t) => {
  expectOne(
    t,
    corrupted((doc) => {
      armsTransfer(doc).dates = { start: '2015', end: '2014-12' };
    }),
    EndBeforeStart,
    `/relations/${ARMS}/dates/end`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      armsTransfer(doc).dates = { point: '2021-01', end: '2020' };
    }),
    EndBeforeStart,
    `/relations/${ARMS}/dates/end`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      doc.actors[FIRM].exists = { start: '2002', end: '2001' };
    }),
    EndBeforeStart,
    `/actors/${FIRM}/exists/end`,
  );
  t.same(
    corrupted((doc) => {
      armsTransfer(doc).dates = { start: '2016-05', end: '2016' };
    }),
    [],
    'an end in "2016" may follow a start in May 2016',
  );
});

t.test('MalformedDate: `by` qualifies a lone point date and nothing else', async (t) => {
  for (const dates of [{ by: true }, { start: '2012', by: true }, { point: '2012', end: '2013', by: true }]) {
    expectOne(
      t,
      corrupted((doc) => {
        armsTransfer(doc).dates = dates;
      }),
      MalformedDate,
      `/relations/${ARMS}/dates/by`,
    );
  }
});

t.test('MalformedDate: not a partial ISO date, or no such day', async (t) => {
  expectOne(
    t,
    corrupted((doc) => {
      armsTransfer(doc).dates = { point: '2019-02-30' };
    }),
    MalformedDate,
    `/relations/${ARMS}/dates/point`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      armsTransfer(doc).dates = { start: '2019-2' };
    }),
    MalformedDate,
    `/relations/${ARMS}/dates/start`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      armsTransfer(doc).dates = { start: 'January 2021' };
    }),
    MalformedDate,
    `/relations/${ARMS}/dates/start`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      doc.actors[FIRM].exists = { start: '2001-13' };
    }),
    MalformedDate,
    `/actors/${FIRM}/exists/start`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      doc.sources[0].published = '2021-02-29';
    }),
    MalformedDate,
    '/sources/0/published',
  );
});

t.test('DuplicateId: two actors, two relations, or a relation named like an actor', async (t) => {
  const twoActors = corrupted((doc) => {
    doc.actors.push({ ...doc.actors[FIRM], name: 'Another' });
  });
  expectOne(t, twoActors, DuplicateId, '/actors/6/id');
  t.match(twoActors[0]?.reason, `/actors/${FIRM}/id`, 'names the first use');
  expectOne(
    t,
    corrupted((doc) => {
      doc.relations.push({ ...armsTransfer(doc) });
    }),
    DuplicateId,
    `/relations/9/id`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      armsTransfer(doc).id = 'russia';
    }),
    DuplicateId,
    `/relations/${ARMS}/id`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      doc.sources.push({ ...doc.sources[0] });
    }),
    DuplicateId,
    '/sources/1/id',
  );
});

t.test('QuoteNotFound: a quote not verbatim in its source, or not at its stated offset', async (t) => {
  expectOne(
    t,
    corrupted((doc) => {
      armsTransfer(doc).evidence[0].quote = 'Russia sold air-defence systems to Kazakhstan';
    }),
    QuoteNotFound,
    `/relations/${ARMS}/evidence/0/quote`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      armsTransfer(doc).evidence[0].start += 1;
    }),
    QuoteNotFound,
    `/relations/${ARMS}/evidence/0/start`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      doc.actors[FIRM].evidence[0].quote = 'KazMunayGas, the national oil company of Kazakhstan';
    }),
    QuoteNotFound,
    `/actors/${FIRM}/evidence/0/quote`,
  );
});

t.test('UnknownSource: evidence citing an undeclared source', async (t) => {
  expectOne(
    t,
    corrupted((doc) => {
      armsTransfer(doc).evidence[0].source = 'rumour-mill';
    }),
    UnknownSource,
    `/relations/${ARMS}/evidence/0/source`,
  );
});

t.test('MissingEvidence: an empty or absent evidence list', async (t) => {
  expectOne(
    t,
    corrupted((doc) => {
      armsTransfer(doc).evidence = [];
    }),
    MissingEvidence,
    `/relations/${ARMS}/evidence`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      delete armsTransfer(doc).evidence;
    }),
    MissingEvidence,
    `/relations/${ARMS}/evidence`,
  );
});

t.test('MissingSourceText: a source whose text cannot be read', async (t) => {
  expectOne(
    t,
    corrupted(
      () => {},
      () => undefined,
    ),
    MissingSourceText,
    '/sources/0/path',
  );
});

t.test('SelfLoop: a relation from an actor to itself', async (t) => {
  expectOne(
    t,
    corrupted((doc) => {
      armsTransfer(doc).target = 'russia';
    }),
    SelfLoop,
    `/relations/${ARMS}/target`,
  );
  expectOne(
    t,
    corrupted((doc) => {
      doc.actors[FIRM].partOf = 'kazmunaygas';
    }),
    SelfLoop,
    `/actors/${FIRM}/partOf`,
  );
});
