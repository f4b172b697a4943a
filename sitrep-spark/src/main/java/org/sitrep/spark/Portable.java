package org.sitrep.spark;

import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;

/**
 * A record of plain values (numbers, strings) made serialisable for Spark tasks without changing its class:
 * its components travel, and the task rebuilds it with its canonical constructor (which re-checks it).
 */
final class Portable<T extends Record> implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Class<T> type;
  private final Object[] values;
  private transient T value;

  private Portable(Class<T> type, Object[] values) {
    this.type = type;
    this.values = values;
  }

  @SuppressWarnings("unchecked")
  static <T extends Record> Portable<T> of(T record) {
    RecordComponent[] cs = record.getClass().getRecordComponents();
    Object[] vs = new Object[cs.length];
    try {
      for (int i = 0; i < cs.length; i++) {
        vs[i] = cs[i].getAccessor().invoke(record);
        if (vs[i] != null && !(vs[i] instanceof Serializable)) {
          throw new IllegalArgumentException(record.getClass().getSimpleName() + "." + cs[i].getName()
              + " is not a plain value and cannot be sent to Spark tasks");
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + record.getClass().getSimpleName(), e);
    }
    Portable<T> p = new Portable<>((Class<T>) record.getClass(), vs);
    p.value = record;
    return p;
  }

  T get() {
    if (value == null) {
      RecordComponent[] cs = type.getRecordComponents();
      Class<?>[] types = new Class<?>[cs.length];
      for (int i = 0; i < cs.length; i++) {
        types[i] = cs[i].getType();
      }
      try {
        Constructor<T> c = type.getDeclaredConstructor(types);
        value = c.newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot rebuild " + type.getSimpleName(), e);
      }
    }
    return value;
  }
}
