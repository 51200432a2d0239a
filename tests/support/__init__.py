"""Helpers shared by the tests: data builders and the steps of the flows over HTTP. Test modules
import from here, never from one another."""
