// The older half of the sealed generations (test/sealed/README.md), scored against their floors: sets 1-14.
import { describeGenerations } from "./sealed-suite.js";
import { OLDER_GENERATIONS } from "./sealed-generations.js";

describeGenerations(OLDER_GENERATIONS);
