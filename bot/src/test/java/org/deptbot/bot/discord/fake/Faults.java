package org.deptbot.bot.discord.fake;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/** Answers the fake gives instead of the real one, for the next calls that match. */
final class Faults {

  private record Fault(String method, Pattern path, RestResponse answer, AtomicInteger left) {}

  private final List<Fault> faults = new CopyOnWriteArrayList<>();
  private final AtomicInteger served = new AtomicInteger();

  void add(String method, String pathRegex, RestResponse answer, int times) {
    faults.add(new Fault(method, Pattern.compile(pathRegex), answer, new AtomicInteger(times)));
  }

  /** The fault for this call, if one is due; each is served as often as it was added for. */
  Optional<RestResponse> take(RestRequest request) {
    for (Fault fault : faults) {
      if (fault.method().equals(request.method())
          && fault.path().matcher(request.path()).matches()
          && fault.left().getAndDecrement() > 0) {
        served.incrementAndGet();
        return Optional.of(fault.answer());
      }
    }
    return Optional.empty();
  }

  int served() {
    return served.get();
  }

  void clear() {
    faults.clear();
  }
}
