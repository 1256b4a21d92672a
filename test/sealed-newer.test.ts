// The newer half of the sealed generations (test/sealed/README.md), scored against their floors: sets 15 on,
// and the crisis sets in other languages.
import {
  describeCrisisGenerations,
  describeGenerations,
} from "./sealed-suite.js";
import { GENERATIONS, LANGUAGE_GENERATIONS } from "./sealed-generations.js";

describeGenerations(GENERATIONS.slice(14));
describeCrisisGenerations(LANGUAGE_GENERATIONS);
