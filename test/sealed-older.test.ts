// The older half of the sealed generations (test/sealed/README.md), scored against their floors: sets 1-14.
import { describeGenerations } from "./sealed-suite.js";
import { GENERATIONS } from "./sealed-generations.js";

describeGenerations(GENERATIONS.slice(0, 14));
