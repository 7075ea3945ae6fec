# A relative import that climbs past the top-level package, uncaught.
import top.inner
