import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { finishNow } from "./finish-now.js";
import { FeatureTable, trainLinearModel } from "./linear-model.js";

const options = {
  epochs: 5,
  learningRate: 0.5,
  l2: 0,
  minExamples: 2,
  gradientFloor: 3e-3,
};

const counted = (...names: string[]) => {
  const features = new Map<string, number>();
  for (const name of names) features.set(name, (features.get(name) ?? 0) + 1);
  return features;
};

// Two classes: "price" words (class 0) and "time" words (class 1), each example with a word of its own.
const examples: [string[], number][] = [
  [["cost", "price", "only-here-1"], 0],
  [["cost", "insurance"], 0],
  [["price", "insurance", "pay"], 0],
  [["pay", "cost"], 0],
  [["long", "hours", "only-here-2"], 1],
  [["long", "minutes"], 1],
  [["hours", "minutes", "time"], 1],
  [["time", "long"], 1],
];

function train() {
  const table = new FeatureTable();
  const docs = examples.map(([names, label]) =>
    table.doc(counted(...names), label),
  );
  return finishNow(trainLinearModel(table.names, docs, 2, options, 3));
}

describe("the linear text classifier", () => {
  it("keeps each feature name once and an example's features in the order given, with their counts", () => {
    const table = new FeatureTable();
    const first = table.doc(counted("a", "b", "a"), 0);
    const second = table.doc(counted("b", "c"), 1);
    assert.deepEqual(table.names, ["a", "b", "c"]);
    assert.deepEqual([...first.ids], [0, 1]);
    assert.deepEqual([...first.counts], [2, 1]);
    assert.deepEqual([...second.ids], [1, 2]);
    assert.equal(second.label, 1);
  });

  it("learns which class a message's features point to", () => {
    const model = train();
    const price = model.predict(model.vectorize(counted("insurance", "cost")));
    const time = model.predict(model.vectorize(counted("minutes", "long")));
    assert.ok(price[0]! > 0.8, `price ${price[0]}`);
    assert.ok(time[1]! > 0.8, `time ${time[1]}`);
    assert.ok(Math.abs(price[0]! + price[1]! - 1) < 1e-9);
  });

  it("leaves out features seen in fewer examples than the minimum, and features it never saw", () => {
    const vector = train().vectorize(
      counted("only-here-1", "cost", "never-seen"),
    );
    assert.deepEqual(vector.names, ["cost"]);
    assert.equal(vector.index.length, 1);
    // A unit-length vector: one known feature has weight 1.
    assert.equal(vector.value[0], 1);
  });

  it("trains the same model from the same examples, however the work is sliced", () => {
    const table = new FeatureTable();
    const docs = examples.map(([names, label]) =>
      table.doc(counted(...names), label),
    );
    const once = finishNow(trainLinearModel(table.names, docs, 2, options, 1));
    const again = finishNow(
      trainLinearModel(table.names, docs, 2, options, 50),
    );
    const message = counted("pay", "time", "hours");
    assert.deepEqual(
      [...once.predict(once.vectorize(message))],
      [...again.predict(again.vectorize(message))],
    );
  });

  it("does not keep its training examples alive once trained", async () => {
    // A page keeps the model for its whole visit: the examples (tens of thousands of typed arrays on a
    // phone) must be garbage once training is done, or every later collection walks them.
    setFlagsFromString("--expose-gc");
    const collect = runInNewContext("gc") as () => void;
    const table = new FeatureTable();
    let docs: ReturnType<FeatureTable["doc"]>[] | undefined = examples.map(
      ([names, label]) => table.doc(counted(...names), label),
    );
    const examplesRef = new WeakRef(docs);
    const model = finishNow(trainLinearModel(table.names, docs, 2, options));
    docs = undefined;
    // A WeakRef's target lives to the end of the job that made it: collect in a later one.
    await new Promise((resolve) => setImmediate(resolve));
    collect();
    assert.equal(examplesRef.deref(), undefined);
    assert.equal(model.classes, 2);
  });
});
