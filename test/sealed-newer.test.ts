// The newer half of the sealed generations (test/sealed/README.md), scored against their floors: sets 15 on,
// the English crisis sets without a matching set, and the crisis sets in other languages.
import {
  describeCrisisGenerations,
  describeGenerations,
} from "./sealed-suite.js";
import {
  CRISIS_GENERATIONS,
  NEWER_GENERATIONS,
  LANGUAGE_GENERATIONS,
} from "./sealed-generations.js";

describeGenerations(NEWER_GENERATIONS);
describeCrisisGenerations(CRISIS_GENERATIONS, false);
describeCrisisGenerations(LANGUAGE_GENERATIONS, true);
